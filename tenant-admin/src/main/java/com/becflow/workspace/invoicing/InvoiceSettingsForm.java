package com.becflow.workspace.invoicing;

import com.becflow.invoicing.InvoiceBranding;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceNumbering;
import com.becflow.shared.documents.ImageLimits;
import com.becflow.workspace.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.shared.Registration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the tenant's documents are numbered and look: binds an {@link InvoiceSettingsDraft}, shows what the
 * numbers will read like as the numbering is typed, and takes a logo upload into memory (it is small, and only
 * kept once the settings are saved). Raises {@link SaveEvent}; the service judges every value.
 */
public class InvoiceSettingsForm extends VerticalLayout {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final TextField invoicePrefix = new TextField("Invoice prefix");
    private final TextField creditNotePrefix = new TextField("Credit note prefix");
    private final Checkbox yearlyReset = new Checkbox("Put the year in the number and start again at 1 every year");
    private final IntegerField digits = new IntegerField("Digits");
    private final Span example = new Span();
    private final IntegerField defaultNetDays = new IntegerField("Invoices are due after (days)");
    private final TextField businessName = new TextField("Business name");
    private final TextArea businessAddress = new TextArea("Business address");
    private final TextField taxId = new TextField("Tax id");
    private final TextField colour = new TextField("Colour");
    private final Span swatch = new Span();
    private final Upload logoUpload;
    private final Image logoPreview = new Image();
    private final Button removeLogo = new Button("Remove logo");
    private final Span logoError = new Span();
    private final TextArea footer = new TextArea("Footer");
    private final TextArea bankInstructions = new TextArea("Bank transfer instructions");
    private final Span formError = new Span();
    private final Button save = new Button("Save settings");
    private final Binder<InvoiceSettingsDraft> binder = new Binder<>(InvoiceSettingsDraft.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private InvoiceSettingsDraft draft = new InvoiceSettingsDraft();
    private int year;

    public InvoiceSettingsForm() {
        setId("invoice-settings-form");
        setPadding(false);
        invoicePrefix.setId("settings-invoice-prefix");
        creditNotePrefix.setId("settings-credit-note-prefix");
        yearlyReset.setId("settings-yearly-reset");
        digits.setId("settings-digits");
        example.setId("settings-number-example");
        defaultNetDays.setId("settings-net-days");
        businessName.setId("settings-business-name");
        businessAddress.setId("settings-business-address");
        taxId.setId("settings-tax-id");
        colour.setId("settings-colour");
        swatch.setId("settings-colour-swatch");
        logoPreview.setId("settings-logo-preview");
        removeLogo.setId("settings-logo-remove");
        logoError.setId("settings-logo-error");
        footer.setId("settings-footer");
        bankInstructions.setId("settings-bank-instructions");
        formError.setId("settings-form-error");
        save.setId("settings-save");

        for (TextField prefix : new TextField[] {invoicePrefix, creditNotePrefix}) {
            prefix.setMaxLength(InvoiceNumbering.PREFIX_LENGTH);
            prefix.setValueChangeMode(ValueChangeMode.EAGER);
            prefix.addValueChangeListener(e -> showExample());
        }
        digits.setMin(1);
        digits.setMax(10);
        digits.setStepButtonsVisible(true);
        digits.setValueChangeMode(ValueChangeMode.EAGER);
        digits.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter a whole number"));
        digits.addValueChangeListener(e -> showExample());
        yearlyReset.addValueChangeListener(e -> showExample());
        example.getStyle().set("color", "var(--lumo-secondary-text-color)");
        defaultNetDays.setMin(0);
        defaultNetDays.setMax(InvoiceContent.MAX_NET_DAYS);
        defaultNetDays.setHelperText("0 means due on receipt; a contract's payment terms come first");
        defaultNetDays.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter a whole number"));
        businessName.setMaxLength(200);
        businessName.setHelperText("Empty: your workspace's name");
        businessAddress.setMaxLength(500);
        taxId.setMaxLength(50);
        colour.setMaxLength(7);
        colour.setPlaceholder(InvoiceBranding.DEFAULT_COLOUR);
        colour.setHelperText("Headings and lines of your documents, as #rrggbb");
        colour.setValueChangeMode(ValueChangeMode.EAGER);
        colour.addValueChangeListener(e -> showSwatch());
        swatch.getStyle().set("display", "inline-block").set("width", "2em").set("height", "2em")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-s)");
        footer.setMaxLength(1000);
        footer.setWidthFull();
        bankInstructions.setMaxLength(2000);
        bankInstructions.setWidthFull();
        bankInstructions.setHelperText("Shown to clients next to the pay button: account holder, IBAN, BIC. Empty: no transfers");

        // Limits enforced on the server while the upload streams in, whatever the browser was told.
        InMemoryUploadHandler logoHandler = new InMemoryUploadHandler(
                (metadata, bytes) -> takeLogo(metadata.contentType(), bytes)) {
            @Override
            public long getFileSizeMax() {
                return InvoiceBranding.MAX_LOGO_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return InvoiceBranding.MAX_LOGO_BYTES + 64 * 1024;
            }

            @Override
            public long getFileCountMax() {
                return 1;
            }
        };
        logoHandler.whenComplete(success -> {
            if (!success) {
                showLogoError("At most " + InvoiceBranding.MAX_LOGO_BYTES / 1024 + " KB, PNG or JPEG");
            }
        });
        logoUpload = new Upload(logoHandler);
        logoUpload.setId("settings-logo-upload");
        logoUpload.setMaxFiles(1);
        logoUpload.setMaxFileSize(InvoiceBranding.MAX_LOGO_BYTES);
        logoUpload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        logoUpload.addFileRejectedListener(e -> showLogoError(e.getErrorMessage()));
        logoPreview.setAlt("Your logo");
        logoPreview.setMaxHeight("4em");
        removeLogo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        removeLogo.addClickListener(e -> {
            draft.setLogo(null);
            draft.setLogoType(null);
            logoUpload.clearFileList();
            showLogo();
        });
        logoError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");

        binder.forField(invoicePrefix).bind(InvoiceSettingsDraft::getInvoicePrefix, InvoiceSettingsDraft::setInvoicePrefix);
        binder.forField(creditNotePrefix).bind(InvoiceSettingsDraft::getCreditNotePrefix,
                InvoiceSettingsDraft::setCreditNotePrefix);
        binder.forField(yearlyReset).bind(InvoiceSettingsDraft::isYearlyReset, InvoiceSettingsDraft::setYearlyReset);
        binder.forField(digits).bind(InvoiceSettingsDraft::getDigits, InvoiceSettingsDraft::setDigits);
        binder.forField(defaultNetDays).bind(InvoiceSettingsDraft::getDefaultNetDays, InvoiceSettingsDraft::setDefaultNetDays);
        binder.forField(businessName).bind(InvoiceSettingsDraft::getBusinessName, InvoiceSettingsDraft::setBusinessName);
        binder.forField(businessAddress).bind(InvoiceSettingsDraft::getBusinessAddress,
                InvoiceSettingsDraft::setBusinessAddress);
        binder.forField(taxId).bind(InvoiceSettingsDraft::getTaxId, InvoiceSettingsDraft::setTaxId);
        binder.forField(colour).bind(InvoiceSettingsDraft::getColour, InvoiceSettingsDraft::setColour);
        binder.forField(footer).bind(InvoiceSettingsDraft::getFooter, InvoiceSettingsDraft::setFooter);
        binder.forField(bankInstructions).bind(InvoiceSettingsDraft::getBankInstructions,
                InvoiceSettingsDraft::setBankInstructions);
        fields.put("invoicePrefix", invoicePrefix);
        fields.put("creditNotePrefix", creditNotePrefix);
        fields.put("digits", digits);
        fields.put("defaultNetDays", defaultNetDays);
        fields.put("businessName", businessName);
        fields.put("businessAddress", businessAddress);
        fields.put("taxId", taxId);
        fields.put("colour", colour);
        fields.put("footer", footer);
        fields.put("bankInstructions", bankInstructions);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> read().ifPresent(d -> fireEvent(new SaveEvent(this, d))));

        FormLayout numbering = new FormLayout(invoicePrefix, creditNotePrefix, digits, yearlyReset, example);
        numbering.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
        numbering.setColspan(yearlyReset, 3);
        numbering.setColspan(example, 3);
        HorizontalLayout colourRow = new HorizontalLayout(colour, swatch);
        colourRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        FormLayout branding = new FormLayout(businessName, taxId, businessAddress, colourRow);
        branding.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        HorizontalLayout logoRow = new HorizontalLayout(logoPreview, removeLogo);
        logoRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Span logoLabel = new Span("Logo (PNG or JPEG, at most " + InvoiceBranding.MAX_LOGO_BYTES / 1024 + " KB and "
                + ImageLimits.MAX_SIDE + " x " + ImageLimits.MAX_SIDE + " pixels; kept as a PNG of at most "
                + ImageLimits.STORED_SIDE + " pixels on its long side)");
        logoLabel.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div logo = new Div(logoLabel, logoRow, logoUpload, logoError);
        logo.setId("settings-logo");
        add(new H3("Numbering"), numbering, new H3("Payment terms"), defaultNetDays, new H3("Branding"), branding, logo,
                footer, bankInstructions, formError, save);
    }

    /**
     * Shows the settings as stored.
     *
     * @param year the tenant's current year, for the example numbers
     */
    public void edit(InvoiceSettingsDraft draft, int year, boolean writable) {
        this.draft = draft;
        this.year = year;
        clearErrors();
        binder.readBean(draft);
        binder.setReadOnly(!writable);
        logoUpload.setVisible(writable);
        logoUpload.clearFileList();
        removeLogo.setEnabled(writable);
        save.setEnabled(writable);
        showLogo();
        showExample();
        showSwatch();
    }

    /** The settings as typed, with every mark cleared; empty when a number field holds something that is no number. */
    public Optional<InvoiceSettingsDraft> read() {
        clearErrors();
        if (!binder.writeBeanIfValid(draft)) {
            formError.setText("Some fields hold something that is not a whole number; they are marked.");
            formError.setVisible(true);
            return Optional.empty();
        }
        return Optional.of(draft);
    }

    /** Marks what this form has an input for, the logo included, and returns the rest. */
    public Map<String, String> showErrors(Map<String, String> errors) {
        Map<String, String> rest = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            if (fields.containsKey(field)) {
                FieldErrors.show(fields, field, message);
            } else if (field.equals("logo")) {
                showLogoError(message);
            } else {
                rest.put(field, message);
            }
        });
        return rest;
    }

    /** What the next numbers read like, as the numbering stands in the form. */
    static String numberingExample(InvoiceNumbering numbering, int year) {
        if (numbering.digits() < 1 || numbering.digits() > 10) {
            return "Choose from 1 to 10 digits to see what the numbers read like.";
        }
        return "Numbers read like " + numbering.format(InvoiceKind.INVOICE, year, 1) + " for invoices and "
                + numbering.format(InvoiceKind.CREDIT_NOTE, year, 1) + " for credit notes"
                + (numbering.yearlyReset() ? "; every year starts again at 1." : ", counting on for good.");
    }

    /**
     * A logo that arrived. Browsers name JPEG files in more than one way; the service checks the bytes against
     * the type, so a file of another kind is refused when the settings are saved.
     */
    void takeLogo(String contentType, byte[] bytes) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.equals("image/jpg") || type.equals("image/pjpeg")) {
            type = "image/jpeg";
        }
        if (bytes.length > InvoiceBranding.MAX_LOGO_BYTES) {
            showLogoError("At most " + InvoiceBranding.MAX_LOGO_BYTES / 1024 + " KB");
            return;
        }
        // Judged by its header before the preview shows it: a small file may claim too many pixels to decode.
        String refusal = ImageLimits.refusal(bytes, type);
        if (refusal != null) {
            showLogoError(refusal);
            return;
        }
        draft.setLogo(bytes);
        draft.setLogoType(type);
        logoError.setVisible(false);
        showLogo();
    }

    private void showExample() {
        InvoiceNumbering numbering = new InvoiceNumbering(orEmpty(invoicePrefix.getValue()),
                orEmpty(creditNotePrefix.getValue()), Boolean.TRUE.equals(yearlyReset.getValue()),
                digits.getValue() == null ? 0 : digits.getValue());
        example.setText(numberingExample(numbering, year));
    }

    private void showSwatch() {
        String value = colour.getValue() == null || colour.getValue().isBlank() ? InvoiceBranding.DEFAULT_COLOUR
                : colour.getValue().strip();
        swatch.getStyle().set("background", COLOUR.matcher(value).matches() ? value : "transparent");
    }

    private void showLogo() {
        boolean present = draft.getLogo() != null;
        logoPreview.setVisible(present);
        removeLogo.setVisible(present);
        logoPreview.setSrc(present ? "data:" + draft.getLogoType() + ";base64,"
                + Base64.getEncoder().encodeToString(draft.getLogo()) : "");
    }

    private void showLogoError(String message) {
        logoError.setText(message);
        logoError.setVisible(true);
    }

    private void clearErrors() {
        FieldErrors.clear(fields.values());
        logoError.setText("");
        logoError.setVisible(false);
        formError.setText("");
        formError.setVisible(false);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public static class SaveEvent extends ComponentEvent<InvoiceSettingsForm> {
        private final InvoiceSettingsDraft draft;

        SaveEvent(InvoiceSettingsForm source, InvoiceSettingsDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public InvoiceSettingsDraft draft() {
            return draft;
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
