/**
 * Implementation support shared by the packages of {@code core}: the project's Immutables style and small
 * validation helpers. Nothing here is part of the public API; it may change in any release.
 */
package org.reformindicators.core.internal;
