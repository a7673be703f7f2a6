package com.becflow.shared.time;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Real time, which never moves with the {@link ServerClock}: only for comparing with timestamps that an outside
 * party made on its own clock (the expiry of an identity provider's token). Everything Becflow decides by the
 * calendar takes the plain {@link java.time.Clock}.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface WallClock {
}
