package org.reformindicators.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, such as {@code @ValueStyle} on a {@code package-info.java}.
 *
 * <p>Generated implementations are named {@code Immutable*}, depend on the JDK only, carry no Jackson
 * annotations (binding lives in the {@code io} module), and offer plain builders (never staged ones).
 * Value types hide the generated class behind their own {@code of(…)} and {@code builder()} factories
 * where that reads better. Not part of the public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    jdkOnly = true,
    jacksonIntegration = false,
    stagedBuilder = false,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {java.lang.Override.class})
public @interface ValueStyle {}
