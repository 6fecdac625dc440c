package org.partnerdashboard.exports;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGraphics2D;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/** Draws a snapshot (chart plus provenance) into PNG, SVG or PDF bytes, entirely in this process. */
final class ChartFiles {

    private ChartFiles() {
    }

    static byte[] write(ChartFormat format, ChartData data, Provenance provenance, Locale locale) {
        return switch (format) {
            case PNG, PNG_2X -> png(data, provenance, locale, format.scale());
            case SVG -> svg(data, provenance, locale);
            case PDF -> pdf(data, provenance, locale);
        };
    }

    static byte[] png(ChartData data, Provenance provenance, Locale locale, int scale) {
        return png(data, provenance, locale, scale, SnapshotLayout.WIDTH, SnapshotLayout.HEIGHT);
    }

    /** A snapshot laid out in a box of the given size (in pixels before the scale). */
    static byte[] png(ChartData data, Provenance provenance, Locale locale, int scale, int width, int height) {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            SnapshotLayout.drawIn(g, data, provenance, locale, width, height, true);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] svg(ChartData data, Provenance provenance, Locale locale) {
        org.w3c.dom.Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        SVGGraphics2D g = new SVGGraphics2D(document);
        g.setSVGCanvasSize(new Dimension(SnapshotLayout.WIDTH, SnapshotLayout.HEIGHT));
        SnapshotLayout.draw(g, data, provenance, locale);
        // serialized without Batik's DOCTYPE, whose DTD address a reader might try to fetch
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(g.getRoot()), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** One landscape Letter page; the chart stays vector (text and shapes, not an image). */
    static byte[] pdf(ChartData data, Provenance provenance, Locale locale) {
        Rectangle page = PageSize.LETTER.rotate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(page, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(data.title());
        document.addSubject(provenance.source() + " · " + provenance.asOf());
        document.addCreator(provenance.branding());
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        Graphics2D g = canvas.createGraphics(page.getWidth(), page.getHeight());
        try {
            double scale = (page.getWidth() - 72) / SnapshotLayout.WIDTH;
            g.translate(36, (page.getHeight() - SnapshotLayout.HEIGHT * scale) / 2);
            g.scale(scale, scale);
            SnapshotLayout.draw(g, data, provenance, locale);
        } finally {
            g.dispose();
        }
        document.close();
        return out.toByteArray();
    }
}
