/**
 * JMH benchmarks of the library's hot numeric paths, each measured against a naive baseline in the same run.
 * Not part of the API and never deployed; run by hand with {@code ./mvnw -B -pl benchmarks -am package
 * -DskipTests && java -jar benchmarks/target/benchmarks.jar}.
 */
package org.reformindicators.benchmarks;
