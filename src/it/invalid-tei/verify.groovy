// SPDX-License-Identifier: Apache-2.0
// An element the schema does not allow, on line 99: the build fails as for an invalid edition (MojoFailureException,
// not a fault), with the place in Maven's log, and publishes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def problem = log =~ /(?m)\[ERROR\] (\S*invalid\.xml):(\d+):(\d+): error: (.+)$/
assert problem.find() : 'no file:line:column: error: line for invalid.xml in build.log'
assert problem.group(2) == '99' : "the error is reported on line ${problem.group(2)}, not 99: ${problem.group(0)}"
assert problem.group(4).contains('unknownElement') : "the message does not name the element: ${problem.group(4)}"
assert log.contains('tei-edition: the edition has') : 'no summary of the errors'
// Maven 3 says BUILD FAILURE for both; its help link tells an invalid edition from a fault of the machine
assert log.contains('MAVEN/MojoFailureException') && !log.contains('MAVEN/MojoExecutionException') : 'not a MojoFailureException'
assert !log.contains('\tat org.teiedition') : 'a stack trace for an invalid input'
assert !new File(basedir, 'target/edition/invalid.pdf').exists() : 'an invalid document was published'
return true
