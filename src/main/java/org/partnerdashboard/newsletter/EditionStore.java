package org.partnerdashboard.newsletter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The editions of an issue kept as sent, with their images and PDFs: written once, read by the public pages. */
@Repository
class EditionStore {

    private static final String PUBLISHED = "select i.id from newsletter_issue i where i.number = :number"
            + " and i.status in ('SENDING', 'SENT')";

    private final JdbcClient jdbc;

    EditionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long issueId, IssueEditions.Rendered rendered) {
        Edition edition = rendered.edition();
        jdbc.sql("insert into newsletter_edition (issue_id, language, subject, html, web_html, text_body, pdf)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(issueId, edition.language(), edition.subject(), edition.html(), rendered.webHtml(),
                        edition.text(), rendered.pdf()).update();
        for (Map.Entry<String, byte[]> image : rendered.images().entrySet()) {
            jdbc.sql("insert into newsletter_image (issue_id, language, name, png) values (?, ?, ?, ?)")
                    .params(issueId, edition.language(), image.getKey(), image.getValue()).update();
        }
    }

    Optional<Edition> edition(long issueId, String language) {
        return jdbc.sql("select language, subject, html, text_body from newsletter_edition where issue_id = ?"
                        + " and language = ?").params(issueId, language)
                .query((rs, row) -> new Edition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    Map<String, byte[]> images(long issueId, String language) {
        Map<String, byte[]> images = new LinkedHashMap<>();
        jdbc.sql("select name, png from newsletter_image where issue_id = ? and language = ? order by name")
                .params(issueId, language).query(rs -> {
                    images.put(rs.getString(1), rs.getBytes(2));
                });
        return images;
    }

    Optional<String> webHtml(int number, String language) {
        return jdbc.sql("select web_html from newsletter_edition where language = :language and issue_id = ("
                        + PUBLISHED + ")").param("language", language).param("number", number)
                .query(String.class).optional();
    }

    Optional<byte[]> pdf(int number, String language) {
        return jdbc.sql("select pdf from newsletter_edition where language = :language and issue_id = ("
                        + PUBLISHED + ")").param("language", language).param("number", number)
                .query((rs, row) -> rs.getBytes(1)).optional();
    }

    Optional<byte[]> image(int number, String language, String name) {
        return jdbc.sql("select png from newsletter_image where language = :language and name = :name and issue_id = ("
                        + PUBLISHED + ")").param("language", language).param("name", name).param("number", number)
                .query((rs, row) -> rs.getBytes(1)).optional();
    }
}
