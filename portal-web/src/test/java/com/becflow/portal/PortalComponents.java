package com.becflow.portal;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** Finds a portal panel's components by id, for tests without a browser. */
final class PortalComponents {

    private PortalComponents() {
    }

    /** The component with that id under {@code root}, or null. */
    static Component find(Component root, String id) {
        return search(root, id).orElse(null);
    }

    static String text(Component root, String id) {
        return find(root, id).getElement().getText();
    }

    private static Optional<Component> search(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(c -> search(c, id)).flatMap(Optional::stream).findFirst();
    }
}
