package org.partnerdashboard.suppliers;

/** Quality-system and export-control certifications buyers ask for. */
public enum QualityCertification {
    ISO_9001, AS9100, IATF_16949, ISO_13485, ISO_14001, ITAR, NADCAP
}
