package com.becflow.workspace.books;

import com.becflow.accounting.BooksConflict;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** The open conflicts of the books, each with why and a button per choice its kind offers. */
final class BooksConflictList extends VerticalLayout {

    private static final Map<BooksConflict.Choice, String> LABELS = Map.of(
            BooksConflict.Choice.TAKE_THEIRS, "Take the books' details",
            BooksConflict.Choice.KEEP_OURS, "Keep Becflow's details",
            BooksConflict.Choice.LINK_EXISTING, "Link to the existing contact",
            BooksConflict.Choice.RETRY, "Try again",
            BooksConflict.Choice.PUSH_AGAIN, "Add it again",
            BooksConflict.Choice.ACCEPT, "Accept the difference",
            BooksConflict.Choice.SKIP, "Leave it out",
            BooksConflict.Choice.DISMISS, "Settled by hand");

    private final BiConsumer<BooksConflict, BooksConflict.Choice> settle;

    BooksConflictList(BiConsumer<BooksConflict, BooksConflict.Choice> settle) {
        this.settle = settle;
        setId("books-conflicts");
        setPadding(false);
    }

    void show(List<BooksConflict> conflicts) {
        removeAll();
        List<BooksConflict> open = conflicts.stream().filter(BooksConflict::open).toList();
        if (open.isEmpty()) {
            Paragraph none = new Paragraph("Nothing to settle: the books and Becflow agree.");
            none.setId("no-books-conflicts");
            add(none);
            return;
        }
        for (BooksConflict conflict : open) {
            Span subject = new Span(conflict.subject().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                    + conflict.subject().substring(1));
            subject.getStyle().set("font-weight", "600");
            Span reason = new Span(conflict.reason());
            reason.getStyle().set("color", "var(--lumo-secondary-text-color)");
            HorizontalLayout choices = new HorizontalLayout();
            for (BooksConflict.Choice choice : conflict.kind().choices()) {
                Button button = new Button(LABELS.get(choice), e -> settle.accept(conflict, choice));
                button.setId("settle-" + conflict.id() + "-" + choice.name().toLowerCase(java.util.Locale.ROOT));
                button.addClassName("settle-" + choice.name().toLowerCase(java.util.Locale.ROOT));
                if (choice == conflict.kind().choices().get(0)) {
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                choices.add(button);
            }
            VerticalLayout row = new VerticalLayout(subject, reason, choices);
            row.addClassName("books-conflict");
            row.setSpacing(false);
            row.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)");
            add(row);
        }
    }
}
