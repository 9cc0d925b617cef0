// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The option shared by the commands that render: stylesheet parameters, each NAME=VALUE (the edition
 * checks names and values against the stylesheets' declarations).
 */
final class ParameterOptions {
    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "a stylesheet parameter (repeatable), for example -p page-height=10in")
    Map<String, String> parameters = new LinkedHashMap<>();
}
