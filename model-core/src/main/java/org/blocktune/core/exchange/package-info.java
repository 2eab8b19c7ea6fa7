/**
 * Exchange with other ecosystems, as text: code export of a project's model with chosen values
 * (a standalone DL4J Java program, a Keras/Keras Tuner Python script, a kerasnip + tidymodels R
 * script) and import of a Keras model's architecture ({@code model.to_json()}) as a spec of
 * built-in blocks. No DL4J or JavaFX here: the generated code names DL4J classes as text.
 */
package org.blocktune.core.exchange;
