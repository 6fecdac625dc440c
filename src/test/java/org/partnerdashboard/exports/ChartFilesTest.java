package org.partnerdashboard.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnerdashboard.base.ChartColors;
import org.w3c.dom.Document;

/** Every snapshot format, opened with an independent reader: PNG decodes at its size, SVG parses, PDF renders. */
class ChartFilesTest {

    static List<ChartData> charts() {
        return SampleCharts.all();
    }

    @ParameterizedTest
    @MethodSource("charts")
    void pngDecodesAtScreenAndSlideSize(ChartData chart) throws IOException {
        BufferedImage screen = ImageIO.read(new ByteArrayInputStream(
                ChartFiles.write(ChartFormat.PNG, chart, SampleCharts.PROVENANCE, Locale.US)));
        byte[] slideBytes = ChartFiles.write(ChartFormat.PNG_2X, chart, SampleCharts.PROVENANCE, Locale.US);
        BufferedImage slide = ImageIO.read(new ByteArrayInputStream(slideBytes));
        assertThat(screen.getWidth()).isEqualTo(1200);
        assertThat(screen.getHeight()).isEqualTo(675);
        assertThat(slide.getWidth()).isEqualTo(2400);
        assertThat(slide.getHeight()).isEqualTo(1350);
        assertThat(colours(screen)).as("a drawn chart, not a blank page").isGreaterThan(20);
        keep(ChartFormat.PNG_2X.fileName(chart.title()), slideBytes);
    }

    @ParameterizedTest
    @MethodSource("charts")
    void svgParsesWithTitleAndProvenance(ChartData chart) throws Exception {
        byte[] svg = ChartFiles.write(ChartFormat.SVG, chart, SampleCharts.PROVENANCE, Locale.US);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("1200");
        String text = document.getDocumentElement().getTextContent();
        assertThat(text).contains(chart.title(), "Source: 1000 Jobs campaign records", "Filters: Cook County · 2025",
                "World Business Chicago");
        keep(ChartFormat.SVG.fileName(chart.title()), svg);
    }

    @ParameterizedTest
    @MethodSource("charts")
    void pdfIsOneVectorPageThatRenders(ChartData chart) throws IOException {
        byte[] pdf = ChartFiles.write(ChartFormat.PDF, chart, SampleCharts.PROVENANCE, Locale.US);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(chart.title(), "Source: 1000 Jobs campaign records");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            assertThat(page.getWidth()).isEqualTo(792);
            assertThat(colours(page)).isGreaterThan(20);
        }
        keep(ChartFormat.PDF.fileName(chart.title()), pdf);
    }

    /** A series coloured by meaning (approved green, rejected red) keeps its colour in the exported image. */
    @Test
    void seriesKeepTheirColoursInExportedImages() throws IOException {
        ChartData registrations = new ChartData(ChartData.Kind.COLUMN, "Registrations", null, "Registrations", false,
                true, List.of(
                        new ChartData.Series("Approved", ChartData.Kind.COLUMN, false,
                                List.of(new ChartData.Point("2025", 90.0, null)), ChartColors.GOOD),
                        new ChartData.Series("Rejected", ChartData.Kind.COLUMN, false,
                                List.of(new ChartData.Point("2025", 60.0, null)), ChartColors.BAD)), List.of());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                ChartFiles.write(ChartFormat.PNG, registrations, SampleCharts.PROVENANCE, Locale.US)));

        Set<Integer> drawn = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                drawn.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        assertThat(drawn).contains(Integer.parseInt(ChartColors.GOOD.substring(1), 16),
                Integer.parseInt(ChartColors.BAD.substring(1), 16));
    }

    /** How many distinct colours an image has: a blank page has one. */
    static long colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    /** Kept under target/exports to look at. */
    static void keep(String name, byte[] bytes) throws IOException {
        Path folder = Path.of("target", "exports");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), bytes);
    }
}
