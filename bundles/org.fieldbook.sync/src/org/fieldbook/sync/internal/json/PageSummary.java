package org.fieldbook.sync.internal.json;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * What a page says about the download beyond its rows.
 *
 * @param nextLink where the download continues, or null after the last page
 * @param deltaLink where the next change-tracking request goes, on the last page of a tracked download, or null
 * @param deltaToken the decoded {@code $deltatoken} of the delta link, or null without one
 * @param count the {@code @odata.count} of the whole collection, or null when not asked for
 * @param rows how many rows the page held
 * @param deletions how many deleted entities the page held
 * @param highestVersion the highest {@code versionnumber} among the rows, 0 when none had one
 */
public record PageSummary(String nextLink, String deltaLink, String deltaToken, Long count, int rows, int deletions,
        long highestVersion) {

    private static final String DELTA_TOKEN = "$deltatoken=";

    /** @return the decoded {@code $deltatoken} query option of a link, or null when it has none */
    static String deltaTokenOf(String link) {
        String query = link.substring(link.indexOf('?') + 1);
        for (String option : query.split("&")) {
            if (option.startsWith(DELTA_TOKEN)) {
                return URLDecoder.decode(option.substring(DELTA_TOKEN.length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
