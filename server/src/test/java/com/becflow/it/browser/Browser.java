package com.becflow.it.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Debian's Chromium driven by Playwright, saving a numbered screenshot of each step of a journey. */
final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final Path screenshots;
    private int step;
    final Page page;

    Browser(String journey) {
        playwright = Playwright.create();
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("becflow.it.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        page = chromium.newContext(new NewContextOptions().setViewportSize(1280, 860)).newPage();
        page.setDefaultTimeout(30_000);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                System.out.println("[browser console] " + m.text());
            }
        });
        page.onRequestFailed(r -> System.out.println("[browser request failed] " + r.method() + " " + r.url()
                + " " + r.failure()));
        page.onResponse(r -> {
            if (r.status() >= 400) {
                System.out.println("[browser response] " + r.status() + " " + r.url());
            }
        });
        screenshots = Path.of(System.getProperty("becflow.it.screenshots", "target/screenshots")).resolve(journey);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(screenshots.resolve(String.format("%02d-%s.png", ++step, name))));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
