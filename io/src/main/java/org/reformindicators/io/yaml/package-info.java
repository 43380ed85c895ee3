/**
 * YAML binding for documents people author by hand (the Quảng Ngãi plan is maintained as YAML): the
 * factory of the project's {@link com.fasterxml.jackson.dataformat.yaml.YAMLMapper}, with the same settings
 * as the JSON mapper plus explicit limits on aliases, nesting depth and document size.
 */
package org.reformindicators.io.yaml;
