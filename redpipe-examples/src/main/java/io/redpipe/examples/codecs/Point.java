package io.redpipe.examples.codecs;

/**
 * An example record stored as JSON by {@link PointCodec}.
 *
 * @param label a name for the point
 * @param x the horizontal coordinate
 * @param y the vertical coordinate
 */
public record Point(String label, double x, double y) {}
