// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.util.Objects;
import org.teiedition.paginate.Pagination;
import org.teiedition.print.Overflow;
import org.teiedition.validate.ValidationMode;

/**
 * Options of one publication, or of one kind of output; {@code pagination} says which pages the paginated TEI
 * ({@link Selection#PAGINATED_TEI}) is written with (every other output prints a text's own pages, or its
 * first print's when it has none); {@code pdfFirst}: see {@link #withPdfFirst()}.
 */
public record PublishOptions(ValidationMode validation, Overflow overflow, Pagination pagination, boolean pdfFirst) {
    public PublishOptions {
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(overflow, "overflow");
        Objects.requireNonNull(pagination, "pagination");
    }

    public PublishOptions(ValidationMode validation, Overflow overflow, Pagination pagination) {
        this(validation, overflow, pagination, false);
    }

    /**
     * The same options, the publication making the first PDF before its EPUB and web edition, which then share the
     * processors (else they are made beside it): for an editor who looks at the PDF first ({@code watch}).
     */
    public PublishOptions withPdfFirst() {
        return new PublishOptions(validation, overflow, pagination, true);
    }

    public PublishOptions(ValidationMode validation, Overflow overflow) {
        this(validation, overflow, Pagination.AUTO);
    }

    public static PublishOptions defaults() {
        return new PublishOptions(ValidationMode.STRICT, Overflow.FAIL);
    }
}
