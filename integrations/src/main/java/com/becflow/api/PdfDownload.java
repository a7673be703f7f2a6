package com.becflow.api;

import jakarta.ws.rs.core.Response;

/** A stored PDF as an HTTP download: named, with its SHA-256 so a client can check what it got, never cached. */
public final class PdfDownload {

    private PdfDownload() {
    }

    public static Response of(byte[] pdf, String sha256, String fileName) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "-") + "\"")
                .header("X-Content-SHA256", sha256)
                .header("Cache-Control", "no-store")
                .build();
    }
}
