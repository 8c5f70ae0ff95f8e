package com.kraviabridge.sim.archfixture;

/** Breaks the simulator and app rules on purpose, so ArchitectureRulesTest can show they bite. Test code only. */
public class SimulatorUsingTheBridge {

    public Object borrow() {
        return com.kraviabridge.config.Secret.of(com.kraviabridge.app.BridgeCommand.class.getName());
    }
}
