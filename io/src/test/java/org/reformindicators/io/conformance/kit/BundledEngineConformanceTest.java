package org.reformindicators.io.conformance.kit;

/** The kit run against the bundled engine, as a vendor runs it against a service. */
class BundledEngineConformanceTest extends ConformanceKit {

  @Override
  protected SystemUnderTest system() {
    return new BundledEngineSystem();
  }
}
