package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.support.BrowserTest;
import org.partnerdashboard.support.ServedOnRandomPort;

/**
 * Every page of every role's menu on a phone (390 px) and a laptop (1366 px): nothing may reach past the window's
 * right edge (unless it sits in something that scrolls or clips sideways, such as a grid's body), and no grid's key
 * column may be off screen: those marked for phones (ColumnPriority.PHONE) at both widths, those marked for laptops
 * too at 1366 px. Screenshots go to target/screenshots/responsive to look at.
 */
@ServedOnRandomPort
class ResponsiveLayoutBrowserIT extends BrowserTest {

    private static final Path SHOTS = SCREENSHOTS.resolve("responsive");
    private static final int[] WIDTHS = {390, 1366};
    private static final List<String> USERS = List.of("admin", "wbc.staff", "bethel.staff", "imec.staff",
            "research.editor", "executive", "supplier.demo", "buyer.demo");

    /** Elements past the right edge (outermost only), and key grid columns outside the grid or the window. */
    private static final String PROBLEMS = """
            () => {
              const width = document.documentElement.clientWidth;
              const up = n => n.assignedSlot || n.parentElement || (n.getRootNode && n.getRootNode().host) || null;
              const scrollsOrClips = a => {
                if (a.getAttribute && a.getAttribute('part') === 'content'
                    && a.getRootNode().host && a.getRootNode().host.localName === 'vaadin-app-layout') {
                  return false; // the page's own scroller: what overflows it overflows the window
                }
                return /(auto|scroll|hidden|clip)/.test(getComputedStyle(a).overflowX)
                    && a.getBoundingClientRect().right <= width + 1;
              };
              const contained = el => {
                for (let a = up(el); a; a = up(a)) {
                  if (a.nodeType === 1 && scrollsOrClips(a)) return true;
                }
                return false;
              };
              const all = [];
              const walk = root => root.querySelectorAll('*').forEach(e => {
                all.push(e);
                if (e.shadowRoot) walk(e.shadowRoot);
              });
              walk(document);
              const over = [];
              for (const el of all) {
                const box = el.getBoundingClientRect();
                if (box.width === 0 || box.height === 0 || box.right <= width + 1 || contained(el)) continue;
                if (over.some(o => o.contains(el) || (o.shadowRoot && o.shadowRoot.contains(el)))) continue;
                over.push(el);
              }
              const name = el => el.localName + (el.id ? '#' + el.id : '')
                  + (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : '');
              const problems = over.map(el => 'overflows the window: ' + name(el)
                  + ' (right edge at ' + Math.round(el.getBoundingClientRect().right) + ' px)');
              for (const grid of document.querySelectorAll('vaadin-grid')) {
                const g = grid.getBoundingClientRect();
                if (g.width === 0) continue;
                for (const column of grid.querySelectorAll('vaadin-grid-column, vaadin-grid-sort-column')) {
                  const priority = column.getAttribute('data-priority');
                  const key = priority === 'phone' || (priority === 'laptop' && width >= 1024);
                  if (!key || column.hidden || !column._headerCell) continue;
                  const c = column._headerCell.getBoundingClientRect();
                  if (c.right > Math.min(g.right, width) + 1 || c.left < g.left - 1) {
                    problems.push('key column off screen: ' + (grid.id || grid.getAttribute('aria-label')) + ' › '
                        + column._headerCell._content.textContent.trim()
                        + ' (' + Math.round(c.left) + '–' + Math.round(c.right) + ' px)');
                  }
                }
              }
              return problems;
            }""";

    @Test
    void everyRolesPagesFitAPhoneAndALaptop() throws IOException {
        Files.createDirectories(SHOTS);
        page.close(); // each user gets a context of their own
        List<String> problems = new ArrayList<>();
        for (String user : USERS) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
                page = context.newPage();
                signIn(user, "chicago-demo-2026");
                page.locator("vaadin-side-nav").waitFor();
                @SuppressWarnings("unchecked")
                List<String> menu = (List<String>) page.evaluate(
                        "() => Array.from(document.querySelectorAll('vaadin-side-nav-item[path]')).map(i => i.getAttribute('path'))");
                assertThat(menu).as(user + "'s menu").isNotEmpty();
                for (int width : WIDTHS) {
                    page.setViewportSize(width, 900);
                    for (String path : menu) {
                        problems.addAll(check(user, width, path));
                    }
                }
            }
        }
        try (BrowserContext visitor = browser.newContext()) {
            page = visitor.newPage();
            for (int width : WIDTHS) {
                page.setViewportSize(width, 900);
                problems.addAll(check("visitor", width, "login"));
                problems.addAll(check("visitor", width, "register"));
            }
        }
        page = browser.newPage(); // closed by the base class after the test
        assertThat(problems).as("overflowing elements and key columns off screen (screenshots in %s)", SHOTS).isEmpty();
    }

    private List<String> check(String user, int width, String path) {
        page.navigate(url("/" + path));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(400); // charts reflow and grids size their columns after the first paint
        String name = user + "-" + width + "-" + (path.isEmpty() ? "dashboard" : path.replace('/', '_')) + ".png";
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)));
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(PROBLEMS);
        return found.stream().map(problem -> user + " at " + width + " px on /" + path + ": " + problem).toList();
    }
}
