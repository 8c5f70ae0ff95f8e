package com.kraviabridge.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Quartz's clustered JDBC job store works on the tables of the V2 migration. */
@ExtendWith(StoreExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
public class QuartzSchemaTest {

    private static volatile DataSource dataSource;
    private static final CountDownLatch RAN = new CountDownLatch(1);

    /** Quartz builds its connection provider from a class name, so the data source is handed over statically. */
    public static final class StoreConnections implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public void initialize() {
        }
    }

    public static final class Ping implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            RAN.countDown();
        }
    }

    private Database db;

    @BeforeAll
    void open(Database database) {
        db = database;
        dataSource = database.dataSource();
    }

    @Test
    void aClusteredSchedulerStoresAndFiresJobs() throws Exception {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "store-test");
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", "store");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.dataSource.store.connectionProvider.class", StoreConnections.class.getName());
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        try {
            scheduler.scheduleJob(JobBuilder.newJob(Ping.class).withIdentity("nightly", "bridge").build(),
                    TriggerBuilder.newTrigger().withIdentity("nightly", "bridge")
                            .withSchedule(CronScheduleBuilder.cronSchedule("0 0 3 * * ?")).build());
            scheduler.start();
            scheduler.scheduleJob(JobBuilder.newJob(Ping.class).withIdentity("now", "bridge").build(),
                    TriggerBuilder.newTrigger().withIdentity("now", "bridge").startNow().build());

            assertThat(RAN.await(60, TimeUnit.SECONDS)).as("the job ran").isTrue();
            assertThat(Sql.column(db.dataSource(), "SELECT CRON_EXPRESSION FROM QRTZ_CRON_TRIGGERS"))
                    .containsExactly("0 0 3 * * ?");
            assertThat(Sql.count(db.dataSource(), "SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE"
                    + " WHERE SCHED_NAME = 'store-test'")).isEqualTo(1);
            assertThat(Sql.count(db.dataSource(), "SELECT COUNT(*) FROM QRTZ_LOCKS")).isPositive();
            assertThat(scheduler.getJobDetail(org.quartz.JobKey.jobKey("nightly", "bridge"))).isNotNull();
        } finally {
            scheduler.shutdown(true);
        }
    }
}
