package org.smartbizflow.crm.sales.quote;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * A quote turned into a document a customer can read.
 *
 * @param contentType the media type, e.g. {@code text/html; charset=UTF-8}
 * @param fileName    a suggested file name, e.g. {@code Q-000042-r2.html}
 * @param content     the document text
 */
public record RenderedQuote(String contentType, String fileName, String content) {

    public RenderedQuote {
        Preconditions.notBlank(contentType, "contentType");
        Preconditions.notBlank(fileName, "fileName");
        Preconditions.notNull(content, "content");
    }
}
