/**
 * JSON binding: the factory of the project's {@link com.fasterxml.jackson.databind.json.JsonMapper}, with
 * the {@link org.reformindicators.io.ReformIndicatorsModule} registered, explicit limits on nesting depth,
 * string, number and document length, unknown properties rejected by default and default typing never
 * enabled.
 *
 * <p>Internal: not part of the API and left out of the published Javadoc; it may change in any release. Use
 * {@link org.reformindicators.io.ReformIndicatorsIo} or {@link org.reformindicators.io.ReformIndicatorsModule}.
 */
package org.reformindicators.io.internal.json;
