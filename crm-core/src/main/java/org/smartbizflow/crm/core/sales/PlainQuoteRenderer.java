package org.smartbizflow.crm.core.sales;

import java.util.Locale;
import org.smartbizflow.crm.sales.lineitem.LineItem;
import org.smartbizflow.crm.sales.lineitem.LineTotals;
import org.smartbizflow.crm.sales.quote.QuoteFormat;
import org.smartbizflow.crm.sales.quote.QuoteView;
import org.smartbizflow.crm.sales.quote.RenderedQuote;
import org.smartbizflow.crm.sales.quote.port.out.QuoteRenderer;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The built-in quote layout: a plain HTML page with one table, or plain text. Every value
 * that came from a user (line descriptions above all) is escaped, so a description such as
 * {@code <script>} shows as text and never runs in the customer's mail client.
 */
public final class PlainQuoteRenderer implements QuoteRenderer {

    @Override
    public RenderedQuote render(QuoteView quote, QuoteFormat format) {
        Preconditions.notNull(quote, "quote");
        Preconditions.notNull(format, "format");
        String baseName = quote.number() + "-r" + quote.revision();
        switch (format) {
            case HTML:
                return new RenderedQuote("text/html; charset=UTF-8", baseName + ".html", html(quote));
            case TEXT:
                return new RenderedQuote("text/plain; charset=UTF-8", baseName + ".txt", text(quote));
            default:
                throw new org.smartbizflow.crm.shared.ValidationException("format", "is not supported: " + format);
        }
    }

    private static String html(QuoteView quote) {
        LineTotals totals = quote.totals();
        StringBuilder out = new StringBuilder(1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"UTF-8\"><title>Quote ")
                .append(escape(quote.reference())).append("</title></head>\n<body>\n<h1>Quote ")
                .append(escape(quote.reference())).append("</h1>\n<p>Valid until ")
                .append(escape(quote.validUntil().toString())).append("</p>\n<table>\n<thead><tr>")
                .append("<th>Description</th><th>Quantity</th><th>Unit price</th><th>Discount</th>")
                .append("<th>Net</th><th>Tax</th><th>Total</th></tr></thead>\n<tbody>\n");
        for (LineItem line : quote.lines()) {
            out.append("<tr><td>").append(escape(line.description()))
                    .append("</td><td>").append(escape(line.quantity().toPlainString()))
                    .append("</td><td>").append(escape(line.unitPrice().toString()))
                    .append("</td><td>").append(escape(line.discountAmount().toString()))
                    .append("</td><td>").append(escape(line.net().toString()))
                    .append("</td><td>").append(escape(line.tax().toString()))
                    .append("</td><td>").append(escape(line.total().toString()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n<tfoot>\n")
                .append("<tr><th colspan=\"6\">Net</th><td>").append(escape(totals.net().toString())).append("</td></tr>\n")
                .append("<tr><th colspan=\"6\">Tax</th><td>").append(escape(totals.tax().toString())).append("</td></tr>\n")
                .append("<tr><th colspan=\"6\">Total</th><td>").append(escape(totals.total().toString()))
                .append("</td></tr>\n</tfoot>\n</table>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String text(QuoteView quote) {
        LineTotals totals = quote.totals();
        StringBuilder out = new StringBuilder(512);
        out.append("Quote ").append(quote.reference()).append('\n')
                .append("Valid until ").append(quote.validUntil()).append("\n\n");
        for (LineItem line : quote.lines()) {
            out.append(String.format(Locale.ROOT, "%-40s %10s x %15s  %15s%n", oneLine(line.description()),
                    line.quantity().toPlainString(), line.unitPrice(), line.total()));
        }
        out.append('\n')
                .append(String.format(Locale.ROOT, "%-40s %44s%n", "Net", totals.net()))
                .append(String.format(Locale.ROOT, "%-40s %44s%n", "Tax", totals.tax()))
                .append(String.format(Locale.ROOT, "%-40s %44s%n", "Total", totals.total()));
        return out.toString();
    }

    /** Text has no markup to escape, but a line break in a description must not forge a line. */
    private static String oneLine(String text) {
        return text.replaceAll("\\R", " ");
    }

    /** Escapes the five characters that are markup in HTML text and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }
}
