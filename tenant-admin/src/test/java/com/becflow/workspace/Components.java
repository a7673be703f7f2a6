package com.becflow.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.dom.Element;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds a page's components by id, for tests of forms and panels without a browser. */
public final class Components {

    private Components() {
    }

    public static Component field(Component root, String id) {
        return find(root, id).orElseThrow(() -> new AssertionError("No component #" + id));
    }

    @SuppressWarnings("unchecked")
    public static <V> HasValue<?, V> value(Component root, String id) {
        return (HasValue<?, V>) field(root, id);
    }

    public static HasValidation validation(Component root, String id) {
        return (HasValidation) field(root, id);
    }

    public static void click(Component root, String id) {
        ((Button) field(root, id)).click();
    }

    public static String text(Component root, String id) {
        return field(root, id).getElement().getText();
    }

    /** Searches a dialog's footer too, where its buttons are. */
    public static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        Stream<Component> children = root.getChildren();
        if (root instanceof Dialog dialog) {
            children = Stream.concat(children, dialog.getFooter().getElement().getChildren()
                    .map(Element::getComponent).flatMap(Optional::stream));
        }
        return children.map(c -> find(c, id)).flatMap(Optional::stream).findFirst();
    }
}
