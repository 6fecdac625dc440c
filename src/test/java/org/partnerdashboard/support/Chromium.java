package org.partnerdashboard.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's Chromium, headless and offline, for the browser tests (Playwright downloads no browser here): started once
 * for every browser test in the JVM, closed when the JVM ends. Each test opens its own page or context.
 */
public final class Chromium {

    private static final Path EXECUTABLE = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));

    private static Browser browser;

    private Chromium() {
    }

    public static synchronized Browser browser() {
        if (browser == null) {
            assertThat(EXECUTABLE).as("Chromium is needed for browser tests: apt-get install chromium").exists();
            Playwright playwright = Playwright.create();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }
}
