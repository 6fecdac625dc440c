package org.partnerdashboard.exports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.Polygon;
import java.sql.Date;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.AreaRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.partnerdashboard.base.ChartColors;
import org.partnerdashboard.exports.ChartData.Kind;
import org.partnerdashboard.exports.ChartData.Point;
import org.partnerdashboard.exports.ChartData.Series;

/**
 * Draws {@link ChartData} with JFreeChart in the look of the charts on screen (the app's palette, light grid, value
 * labels on bars). Titles and provenance are drawn around it by {@link SnapshotLayout}.
 */
final class ChartRenderer {

    /** Highcharts' default colours, the ones the dashboard shows. */
    static final List<Color> PALETTE = ChartColors.PALETTE.stream().map(Color::decode)
            .toList();
    static final Color TEXT = new Color(0x333333);
    static final Color MUTED = new Color(0x666666);
    private static final Color GRID = new Color(0xe6e6e6);
    private static final Color EVENT = Color.decode(ChartColors.EVENT);
    /**
     * Liberation Sans has Helvetica's metrics, so text measured here fits exactly when a PDF sets it in Helvetica;
     * the generic sans-serif is the fallback where it is not installed.
     */
    static final String FONT_FAMILY = Arrays.asList(GraphicsEnvironment
            .getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)).contains("Liberation Sans")
            ? "Liberation Sans" : Font.SANS_SERIF;
    private static final Font TICK = new Font(FONT_FAMILY, Font.PLAIN, 11);
    private static final Font AXIS = new Font(FONT_FAMILY, Font.PLAIN, 12);

    private ChartRenderer() {
    }

    static JFreeChart render(ChartData data, Locale locale) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(1);
        JFreeChart chart;
        if (data.kind() == Kind.PIE) {
            chart = new JFreeChart(null, null, pie(data, numbers, locale), true);
        } else if (data.timeAxis()) {
            chart = new JFreeChart(null, null, timePlot(data, numbers), legendShown(data));
        } else {
            chart = new JFreeChart(null, null, categoryPlot(data, numbers), legendShown(data));
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(AXIS);
            legend.setItemPaint(TEXT);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    private static boolean legendShown(ChartData data) {
        return data.series().size() > 1 || !data.events().marks().isEmpty();
    }

    /** Events as triangles on the axis line in one colour, named in the legend, as on screen. */
    private static <R extends AbstractRenderer> R eventMarks(R renderer) {
        renderer.setSeriesPaint(0, EVENT);
        renderer.setSeriesShape(0, new Polygon(new int[] {0, 6, -6}, new int[] {-7, 4, 4}, 3));
        return renderer;
    }

    /** A hidden axis from 0 to 1 for the event marks, so they sit on the bottom line whatever the data's scale. */
    private static NumberAxis markAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setRange(0, 1);
        axis.setVisible(false);
        return axis;
    }

    private static Plot pie(ChartData data, NumberFormat numbers, Locale locale) {
        DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
        Series series = data.series().getFirst();
        for (Point point : series.points()) {
            dataset.setValue(point.label(), point.value() == null ? 0 : point.value());
        }
        PiePlot<String> plot = new PiePlot<>(dataset);
        for (int i = 0; i < series.points().size(); i++) {
            Point point = series.points().get(i);
            plot.setSectionPaint(point.label(), paint(point.color(), i));
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})", numbers, percent));
        plot.setLabelFont(AXIS);
        plot.setLabelPaint(TEXT);
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setShadowPaint(null);
        plot.setSectionOutlinesVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        return plot;
    }

    private static Plot categoryPlot(ChartData data, NumberFormat numbers) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Series series : data.series()) {
            for (Point point : series.points()) {
                dataset.addValue(point.value(), series.name(), point.label());
            }
        }
        CategoryItemRenderer renderer = switch (data.kind()) {
            case LINE -> new LineAndShapeRenderer(true, data.categories().size() < 30);
            case AREA -> new AreaRenderer();
            default -> barRenderer(data);
        };
        for (int i = 0; i < data.series().size(); i++) {
            renderer.setSeriesPaint(i, paint(data.series().get(i).color(), i));
            renderer.setSeriesStroke(i, stroke(data.series().get(i).dashed()));
        }
        if (renderer instanceof BarRenderer) {
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers));
            renderer.setDefaultItemLabelsVisible(!data.stacked());
            renderer.setDefaultItemLabelFont(TICK);
            renderer.setDefaultItemLabelPaint(TEXT);
            // labels at the end of each bar, as Highcharts places them
            renderer.setDefaultPositiveItemLabelPosition(data.kind() == Kind.BAR
                    ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                            TextAnchor.CENTER_LEFT)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                            TextAnchor.BOTTOM_CENTER));
            renderer.setDefaultNegativeItemLabelPosition(data.kind() == Kind.BAR
                    ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9,
                            TextAnchor.CENTER_RIGHT)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6,
                            TextAnchor.TOP_CENTER));
        }
        CategoryAxis categories = new CategoryAxis(null);
        styleAxis(categories);
        categories.setCategoryMargin(0.15);
        if (data.kind() != Kind.BAR && data.categories().size() > 12) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        categories.setMaximumCategoryLabelWidthRatio(data.kind() == Kind.BAR ? 0.35f : 1f);
        NumberAxis values = valueAxis(data, numbers);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(data.kind() == Kind.BAR ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        stylePlot(plot);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        data.thresholds().forEach(t -> plot.addRangeMarker(marker(t)));
        if (!data.events().marks().isEmpty()) {
            DefaultCategoryDataset marks = new DefaultCategoryDataset();
            data.events().marks().forEach(m -> marks.addValue(0, data.events().name(), m.at()));
            plot.setDataset(1, marks);
            plot.setRenderer(1, eventMarks(new LineAndShapeRenderer(false, true)));
            plot.setRangeAxis(1, markAxis());
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        return plot;
    }

    private static BarRenderer barRenderer(ChartData data) {
        BarRenderer renderer = data.stacked() ? new StackedBarRenderer() : new PointColouredBarRenderer(data);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        return renderer;
    }

    private static Plot timePlot(ChartData data, NumberFormat numbers) {
        DateAxis dates = new DateAxis(null);
        styleAxis(dates);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(dates);
        plot.setRangeAxis(valueAxis(data, numbers));
        for (int i = 0; i < data.series().size(); i++) {
            Series series = data.series().get(i);
            TimeSeries points = new TimeSeries(series.name());
            for (Point point : series.points()) {
                points.addOrUpdate(new Day(Date.valueOf(LocalDate.parse(point.label()))), point.value());
            }
            XYItemRenderer renderer;
            if (series.kind() == Kind.AREA) {
                renderer = new XYAreaRenderer();
            } else {
                XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
                lines.setDrawSeriesLineAsPath(true); // one path, so a dash pattern runs along the whole line
                renderer = lines;
            }
            Color colour = paint(series.color(), i);
            renderer.setSeriesPaint(0, series.kind() == Kind.AREA
                    ? new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 190) : colour);
            renderer.setSeriesStroke(0, stroke(series.dashed()));
            plot.setDataset(i, new TimeSeriesCollection(points));
            plot.setRenderer(i, renderer);
        }
        // the first series (the area) is drawn last, over the lines, as on screen
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        stylePlot(plot);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        data.thresholds().forEach(t -> plot.addRangeMarker(marker(t)));
        if (!data.events().marks().isEmpty()) {
            TimeSeries marks = new TimeSeries(data.events().name());
            data.events().marks().forEach(m -> marks.addOrUpdate(new Day(Date.valueOf(LocalDate.parse(m.at()))), 0));
            int index = data.series().size();
            plot.setDataset(index, new TimeSeriesCollection(marks));
            plot.setRenderer(index, eventMarks(new XYLineAndShapeRenderer(false, true)));
            plot.setRangeAxis(1, markAxis());
            plot.mapDatasetToRangeAxis(index, 1);
        }
        return plot;
    }

    private static NumberAxis valueAxis(ChartData data, NumberFormat numbers) {
        NumberAxis values = new NumberAxis(data.valueAxisTitle());
        styleAxis(values);
        values.setNumberFormatOverride(numbers);
        values.setTickLabelInsets(new RectangleInsets(10, 4, 10, 4)); // fewer, airier ticks, as on screen
        values.setUpperMargin(0.12);
        // a reference line (the goal) stays in view even while the data are far below it, as on screen
        double threshold = data.thresholds().stream().mapToDouble(ChartData.Threshold::value).max().orElse(0);
        double highest = data.series().stream().flatMap(s -> s.points().stream()).map(Point::value)
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        if (threshold > 0) {
            values.setRange(0, Math.max(threshold, highest) * 1.1);
        }
        return values;
    }

    private static ValueMarker marker(ChartData.Threshold threshold) {
        ValueMarker marker = new ValueMarker(threshold.value(), new Color(0x999999), new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(threshold.label());
        marker.setLabelFont(TICK);
        marker.setLabelPaint(TEXT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        marker.setLabelOffset(new RectangleInsets(2, 8, 2, 2));
        return marker;
    }

    private static void styleAxis(ValueAxis axis) {
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(MUTED);
        axis.setLabelFont(AXIS);
        axis.setLabelPaint(MUTED);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
    }

    private static void styleAxis(CategoryAxis axis) {
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(new Color(0xcccccc));
        axis.setTickMarksVisible(false);
    }

    private static void stylePlot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(8, 4, 4, 12));
    }

    private static BasicStroke stroke(boolean dashed) {
        return dashed ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 6f}, 0f)
                : new BasicStroke(2f);
    }

    static Color paint(String hex, int index) {
        if (hex != null && hex.matches("#[0-9a-fA-F]{6}")) {
            return Color.decode(hex);
        }
        return PALETTE.get(index % PALETTE.size());
    }

    /** Bars take their point's own colour where the chart gives one (gains green, losses red). */
    private static final class PointColouredBarRenderer extends BarRenderer {

        private final transient ChartData data;

        PointColouredBarRenderer(ChartData data) {
            this.data = data;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            Object category = getPlot().getDataset().getColumnKey(column);
            String colour = data.series().get(row).points().stream().filter(p -> p.label().equals(category))
                    .map(Point::color).filter(Objects::nonNull).findFirst().orElse(null);
            return colour != null ? paint(colour, row) : super.getItemPaint(row, column);
        }
    }
}
