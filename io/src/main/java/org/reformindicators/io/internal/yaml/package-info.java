/**
 * YAML binding for documents people author by hand (the Quảng Ngãi plan is maintained as YAML): the
 * factory of the project's {@link com.fasterxml.jackson.dataformat.yaml.YAMLMapper}, with the same settings
 * as the JSON mapper plus explicit limits on aliases, nesting depth, document, text and key size, and the
 * plain scalars that YAML 1.1 and 1.2 readers disagree on.
 *
 * <p>Internal: not part of the API and left out of the published Javadoc; it may change in any release. Use
 * {@link org.reformindicators.io.ReformIndicatorsIo} or {@link org.reformindicators.io.ReformIndicatorsModule}.
 */
package org.reformindicators.io.internal.yaml;
