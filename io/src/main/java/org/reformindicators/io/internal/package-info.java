/**
 * Internal packages of io: the Jackson serializers, deserializers and bindings, the mapper factories and the
 * strict text readers behind {@link org.reformindicators.io.ReformIndicatorsIo} and {@link
 * org.reformindicators.io.ReformIndicatorsModule}.
 *
 * <p>Nothing under {@code org.reformindicators.io.internal} is part of the API: it is left out of the published
 * Javadoc and may change in any release. The published types are listed in io's {@code PublicApiTest}.
 */
package org.reformindicators.io.internal;
