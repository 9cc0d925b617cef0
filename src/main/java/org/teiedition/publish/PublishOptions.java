// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.util.Objects;
import org.teiedition.paginate.Pagination;
import org.teiedition.print.Overflow;
import org.teiedition.validate.ValidationMode;

/**
 * Options of one publication, or of one kind of output; {@code pagination} says which pages the paginated TEI
 * ({@link Selection#PAGINATED_TEI}) is written with (every other output prints a text's own pages, or its
 * first print's when it has none); {@code editing}: see {@link #forEditing()}.
 */
public record PublishOptions(ValidationMode validation, Overflow overflow, Pagination pagination, boolean editing) {
    public PublishOptions {
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(overflow, "overflow");
        Objects.requireNonNull(pagination, "pagination");
    }

    public PublishOptions(ValidationMode validation, Overflow overflow, Pagination pagination) {
        this(validation, overflow, pagination, false);
    }

    /**
     * The same options, for an edition being edited and published again on every save ({@code watch}): the
     * publication makes the first PDF before its EPUB and web edition, which then share the processors (else they
     * are made beside it), for an editor who looks at the PDF first; and the print stylesheet's transformation is
     * kept for the next publication, which after an edit of a document's words writes only that document's pages.
     */
    public PublishOptions forEditing() {
        return new PublishOptions(validation, overflow, pagination, true);
    }

    public PublishOptions(ValidationMode validation, Overflow overflow) {
        this(validation, overflow, Pagination.AUTO);
    }

    public static PublishOptions defaults() {
        return new PublishOptions(ValidationMode.STRICT, Overflow.FAIL);
    }
}
