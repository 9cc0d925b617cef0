// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

/** How a report is printed. Lower case, as typed on the command line. */
enum Format {
    text,
    json
}
