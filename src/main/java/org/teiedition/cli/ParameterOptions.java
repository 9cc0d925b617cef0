// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The option shared by the commands that render: stylesheet parameters. */
final class ParameterOptions {
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]*");

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "a stylesheet parameter (repeatable), for example -p page-height=10in")
    Map<String, String> parameters = new LinkedHashMap<>();

    /** The parameters, checked: each name must be an XML name without a prefix. */
    Map<String, String> parameters(CommandLine commandLine) {
        for (String name : parameters.keySet()) {
            if (!NAME.matcher(name).matches()) {
                throw new CommandLine.ParameterException(commandLine,
                        "--param: \"" + name + "\" is not a stylesheet parameter name (expected NAME=VALUE)");
            }
        }
        return parameters;
    }
}
