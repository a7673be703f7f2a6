package com.becflow.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Waits for the first thing a person does on a portal page: a pointer press, a touch, a key press or a turn of the
 * mouse wheel, anywhere on the page, and only events the browser marks as the user's own ({@code event.isTrusted};
 * a script's made-up events are not). Loading the page, running its scripts and scrolling it from a script (what a
 * mail scanner does with a link) send nothing. Then it stops listening.
 */
final class FirstInteraction {

    private final List<DomListenerRegistration> listening = new ArrayList<>();
    private final long openedAt = System.nanoTime();
    private final BiConsumer<PageInteraction, Duration> then;
    private boolean seen;

    private FirstInteraction(BiConsumer<PageInteraction, Duration> then) {
        this.then = then;
    }

    /**
     * Listens on the page {@code view} is shown in, from now (or from when it is attached) until the first interaction,
     * which goes to {@code then} with how long the page had been open, or until the view leaves the page.
     */
    static void watch(Component view, BiConsumer<PageInteraction, Duration> then) {
        FirstInteraction watch = new FirstInteraction(then);
        view.getUI().ifPresent(watch::listen);
        view.addAttachListener(e -> watch.listen(e.getUI()));
        view.addDetachListener(e -> watch.stop());
    }

    private void listen(UI ui) {
        if (seen || !listening.isEmpty()) {
            return;
        }
        Element page = ui.getElement();
        for (PageInteraction interaction : PageInteraction.values()) {
            listening.add(page.addEventListener(interaction.domEvent(), e -> seen(interaction)).setFilter("event.isTrusted"));
        }
    }

    private void seen(PageInteraction interaction) {
        if (seen) {
            return;
        }
        seen = true;
        stop();
        then.accept(interaction, Duration.ofNanos(System.nanoTime() - openedAt));
    }

    private void stop() {
        listening.forEach(DomListenerRegistration::remove);
        listening.clear();
    }
}
