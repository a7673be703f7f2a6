package com.becflow.assistant.reading;

/** A value read from a brief, with the words that gave it away, so a draft can say why it holds the value. */
public record Found<T>(T value, String words) {
}
