package io.piiscanner.batch.config;

import com.zaxxer.hikari.HikariDataSource;
import io.piiscanner.batch.job.RunContext;
import io.piiscanner.batch.store.ApiBudget;
import io.piiscanner.batch.store.FindingsStore;
import io.piiscanner.batch.store.SourceSlots;
import io.piiscanner.batch.store.WorkStore;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;

/** Wires the work store: one data source for the job repository and the findings, one transaction manager. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(RunContext run, Credentials credentials) throws Exception {
        return WorkStore.dataSource(run.settings(), credentials);
    }

    @Bean
    public JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    /** Transaction-aware, so chunk writes join the chunk transaction that also saves the reader's checkpoint. */
    @Bean
    public FindingsStore findingsStore(DataSource dataSource) throws Exception {
        return new FindingsStore(Jdbi.create(new TransactionAwareDataSourceProxy(dataSource)), WorkStore.isPostgres(dataSource));
    }

    /** Concurrent reads per source: advisory locks shared by every process on a PostgreSQL store, else in memory. */
    @Bean
    public SourceSlots sourceSlots(HikariDataSource dataSource) throws Exception {
        return WorkStore.sourceSlots(dataSource);
    }

    /** Daily API budgets, counted outside the chunk transactions (autocommit on the raw data source). */
    @Bean
    public ApiBudget apiBudget(DataSource dataSource) {
        return new ApiBudget(Jdbi.create(dataSource));
    }
}
