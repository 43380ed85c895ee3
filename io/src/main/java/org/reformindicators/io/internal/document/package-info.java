/**
 * Internal: the plain form shared by whole documents and the check of their format version. Not part of
 * the API; the kinds of document are {@link org.reformindicators.io.document.DocumentKind}.
 */
package org.reformindicators.io.internal.document;
