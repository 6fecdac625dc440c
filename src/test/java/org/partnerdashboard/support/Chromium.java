package org.partnerdashboard.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Debian's Chromium, headless and offline, for the browser tests (Playwright downloads no browser here). */
public final class Chromium {

    private static final Path EXECUTABLE = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));

    private Chromium() {
    }

    public static Browser launch(Playwright playwright) {
        assertThat(EXECUTABLE).as("Chromium is needed for browser tests: apt-get install chromium").exists();
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }
}
