package org.plenary.directory;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo directory for an empty database: organisations of every category across the six ITU
 * regions, each with one focal-point account. Those accounts have no password, so nobody can log
 * in with them until the secretariat sets one.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "plenary.demo-data", havingValue = "true", matchIfMissing = true)
class DemoDirectoryLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectoryLoader.class);

    /** name, country, category, associate study group, automatic approval. */
    static final Object[][] ORGANISATIONS = {
            {"Switzerland, Federal Office of Communications (OFCOM)", "CH", MembershipCategory.MEMBER_STATE, null, false},
            {"France, Direction générale des entreprises", "FR", MembershipCategory.MEMBER_STATE, null, false},
            {"Germany, Federal Ministry for Digital and Transport", "DE", MembershipCategory.MEMBER_STATE, null, false},
            {"United States, Department of State", "US", MembershipCategory.MEMBER_STATE, null, false},
            {"Brazil, Agência Nacional de Telecomunicações (Anatel)", "BR", MembershipCategory.MEMBER_STATE, null, false},
            {"Argentina, Ente Nacional de Comunicaciones (ENACOM)", "AR", MembershipCategory.MEMBER_STATE, null, false},
            {"China, Ministry of Industry and Information Technology", "CN", MembershipCategory.MEMBER_STATE, null, false},
            {"Japan, Ministry of Internal Affairs and Communications", "JP", MembershipCategory.MEMBER_STATE, null, true},
            {"India, Department of Telecommunications", "IN", MembershipCategory.MEMBER_STATE, null, false},
            {"Kenya, Communications Authority of Kenya", "KE", MembershipCategory.MEMBER_STATE, null, false},
            {"Nigeria, Nigerian Communications Commission", "NG", MembershipCategory.MEMBER_STATE, null, false},
            {"Senegal, Autorité de Régulation des Télécommunications et des Postes", "SN", MembershipCategory.MEMBER_STATE, null, false},
            {"Egypt, National Telecom Regulatory Authority", "EG", MembershipCategory.MEMBER_STATE, null, false},
            {"Saudi Arabia, Communications, Space and Technology Commission", "SA", MembershipCategory.MEMBER_STATE, null, false},
            {"Tunisia, Instance Nationale des Télécommunications", "TN", MembershipCategory.MEMBER_STATE, null, false},
            {"Russian Federation, Ministry of Digital Development", "RU", MembershipCategory.MEMBER_STATE, null, false},
            {"Kazakhstan, Ministry of Digital Development", "KZ", MembershipCategory.MEMBER_STATE, null, false},
            {"State of Palestine, Ministry of Telecom and Information Technology", "PS", MembershipCategory.OBSERVER, null, false},
            {"Huawei Technologies Co., Ltd.", "CN", MembershipCategory.SECTOR_MEMBER, null, false},
            {"Telefonaktiebolaget LM Ericsson", "SE", MembershipCategory.SECTOR_MEMBER, null, false},
            {"Nokia Corporation", "FI", MembershipCategory.SECTOR_MEMBER, null, false},
            {"Orange", "FR", MembershipCategory.SECTOR_MEMBER, null, true},
            {"Deutsche Telekom AG", "DE", MembershipCategory.SECTOR_MEMBER, null, false},
            {"NTT Corporation", "JP", MembershipCategory.SECTOR_MEMBER, null, false},
            {"Qualcomm Incorporated", "US", MembershipCategory.SECTOR_MEMBER, null, false},
            {"Safaricom PLC", "KE", MembershipCategory.SECTOR_MEMBER, null, false},
            {"MTN Group", "ZA", MembershipCategory.SECTOR_MEMBER, null, false},
            {"Telefónica, S.A.", "ES", MembershipCategory.SECTOR_MEMBER, null, false},
            {"e& (Emirates Telecommunications Group)", "AE", MembershipCategory.SECTOR_MEMBER, null, false},
            {"Rohde & Schwarz GmbH & Co. KG", "DE", MembershipCategory.SECTOR_MEMBER, null, false},
            {"HEAD acoustics GmbH", "DE", MembershipCategory.ASSOCIATE, 12, false},
            {"OPTICOM Dipl.-Ing. M. Keyhl GmbH", "DE", MembershipCategory.ASSOCIATE, 12, false},
            {"Kazakhtelecom JSC", "KZ", MembershipCategory.ASSOCIATE, 12, false},
            {"Ecole polytechnique fédérale de Lausanne (EPFL)", "CH", MembershipCategory.ACADEMIA, null, false},
            {"Technische Universität Berlin", "DE", MembershipCategory.ACADEMIA, null, false},
            {"University of Nairobi", "KE", MembershipCategory.ACADEMIA, null, false},
            {"Universidad de Chile", "CL", MembershipCategory.ACADEMIA, null, false},
            {"Cairo University", "EG", MembershipCategory.ACADEMIA, null, false},
            {"Tsinghua University", "CN", MembershipCategory.ACADEMIA, null, false},
            {"Moscow Technical University of Communications and Informatics", "RU", MembershipCategory.ACADEMIA, null, false},
            {"Invited experts", null, MembershipCategory.INVITED, null, false}};

    private final Organisations organisations;
    private final Accounts accounts;
    private final Directory directory;
    private final Clock clock;

    DemoDirectoryLoader(Organisations organisations, Accounts accounts, Directory directory, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisations.count() > 0) {
            return;
        }
        int i = 0;
        for (Object[] o : ORGANISATIONS) {
            Organisation org = directory.validate(new Organisation(OrganisationId.random(), (String) o[0],
                    (String) o[1], (MembershipCategory) o[2], (Integer) o[3], (Boolean) o[4]));
            organisations.insert(org, clock.instant());
            if (org.category() == MembershipCategory.INVITED) {
                continue;
            }
            String email = "focal.point." + (++i) + "@demo.plenary.local";
            if (accounts.findByEmail(email).isEmpty()) {
                Account a = new Account(AccountId.random(), email, "Focal point, " + org.name().split(",")[0],
                        org.countryCode() == null ? "en" : language(org.countryCode()),
                        Set.of(Role.FOCAL_POINT, Role.DELEGATE), true, false, clock.instant());
                accounts.insert(a, null); // no password: cannot log in until the secretariat sets one
                directory.linkFocalPoint(org.id(), a.id());
            }
        }
        log.info("Loaded the demo directory: {} organisations with their focal points (no passwords)",
                ORGANISATIONS.length);
    }

    private static String language(String country) {
        return switch (country.toUpperCase(Locale.ROOT)) {
            case "FR", "SN", "TN" -> "fr";
            case "CN" -> "zh";
            case "RU", "KZ" -> "ru";
            case "EG", "SA", "PS", "AE" -> "ar";
            case "AR", "CL", "ES" -> "es";
            default -> "en";
        };
    }
}
