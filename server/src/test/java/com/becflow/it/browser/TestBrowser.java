package com.becflow.it.browser;

import com.microsoft.playwright.Page;

/** The journeys' {@link Browser}, for tests outside this package (API and limit tests that look at a page or two). */
public final class TestBrowser implements AutoCloseable {

    private final Browser browser;

    public TestBrowser(String journey) {
        browser = new Browser(journey);
    }

    public Page page() {
        return browser.page;
    }

    public void screenshot(String name) {
        browser.screenshot(name);
    }

    @Override
    public void close() {
        browser.close();
    }
}
