package org.denovo.core.chem.alerts;
import org.openscience.cdk.interfaces.IAtomContainer;
public final class AlertCatalog { public static AlertCatalog loadDefault(){return new AlertCatalog();} public AlertReport screen(IAtomContainer m){return new AlertReport(java.util.List.of(), false, true);} }
