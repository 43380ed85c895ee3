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
 * annotations (binding lives in the {@code io} module), and offer plain builders (never staged ones). They are
 * package-private: a value type declares a public nested {@code Builder} that extends the generated one (the
 * pattern Immutables documents as extending the generated builder) and a {@code builder()} factory, so users see
 * the value type, its factories and {@code X.Builder} only, and {@code build()} and {@code copyOf} return the value
 * type ({@code overshadowImplementation}). A builder answers whether each required attribute is set ({@code
 * kindIsSet()}), so that a type can name a missing part in its own message. Not part of the public API.
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
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    isSetOnBuilder = true,
    allowedClasspathAnnotations = {java.lang.Override.class})
public @interface ValueStyle {}
