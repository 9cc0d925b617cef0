// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

/** A finished publication: its report (also in {@code report.json}) and its timings ({@code timings.json}). */
public record Publication(PublishReport report, PublishTimings timings) {
}
