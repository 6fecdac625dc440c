/**
 * Exports: charts drawn again on the server as PNG, SVG and PDF with their provenance, PDF board packs, and frozen
 * snapshot links. Nothing leaves the server: no export service, no fonts or scripts fetched. Builds on base and
 * security only; every feature's views may use it.
 */
package org.partnerdashboard.exports;
