/**
 * JSON binding: the factory of the project's {@link com.fasterxml.jackson.databind.json.JsonMapper}, with
 * the {@link org.reformindicators.io.ReformIndicatorsModule} registered, explicit limits on nesting depth,
 * string, number and document length, unknown properties rejected by default and default typing never
 * enabled.
 */
package org.reformindicators.io.internal.json;
