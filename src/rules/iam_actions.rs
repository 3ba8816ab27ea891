//! Which IAM actions can be scoped to resources, for AWS-IAM-001.
//!
//! Source: the AWS Service Authorization Reference
//! (<https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html>),
//! one page per service: an action whose "Resource types" column is empty supports only
//! `"Resource": "*"`. Curated by hand for the services below (the ones Terraform stacks grant
//! most); for these services every action not listed supports resource-level permissions.
//! Actions of other services are judged only when they are `service:*` or `*`.

/// Per service (IAM prefix), the actions (patterns allowed) that support only `Resource "*"`.
/// `"*"` means the whole service has no resource-level permissions.
pub const WILDCARD_ONLY: &[(&str, &[&str])] = &[
    (
        "acm",
        &[
            "ListCertificates",
            "GetAccountConfiguration",
            "PutAccountConfiguration",
            "RequestCertificate",
        ],
    ),
    ("apigateway", &[]),
    (
        "athena",
        &[
            "ListWorkGroups",
            "ListDataCatalogs",
            "ListEngineVersions",
            "ListApplicationDPUSizes",
            "ListCapacityReservations",
            "GetQueryRuntimeStatistics",
        ],
    ),
    (
        "autoscaling",
        &["Describe*", "GetPredictiveScalingForecast"],
    ),
    (
        "backup",
        &[
            "List*",
            "DescribeRegionSettings",
            "UpdateRegionSettings",
            "GetSupportedResourceTypes",
            "DescribeGlobalSettings",
            "UpdateGlobalSettings",
        ],
    ),
    (
        "cloudfront",
        &[
            "List*",
            "CreateFieldLevelEncryption*",
            "GetFieldLevelEncryption*",
        ],
    ),
    (
        "cloudtrail",
        &[
            "DescribeTrails",
            "ListTrails",
            "LookupEvents",
            "ListPublicKeys",
            "ListEventDataStores",
            "ListChannels",
            "ListImports",
            "GetImport",
            "StartImport",
        ],
    ),
    (
        "cloudwatch",
        &[
            "PutMetricData",
            "GetMetricData",
            "GetMetricStatistics",
            "GetMetricWidgetImage",
            "ListMetrics",
            "ListDashboards",
            "DescribeAlarmsForMetric",
            "DescribeAnomalyDetectors",
            "DescribeInsightRules",
            "ListManagedInsightRules",
            "Link",
            "ListMetricStreams",
        ],
    ),
    (
        "dynamodb",
        &[
            "ListTables",
            "ListBackups",
            "ListGlobalTables",
            "ListStreams",
            "ListContributorInsights",
            "ListExports",
            "ListImports",
            "DescribeLimits",
            "DescribeEndpoints",
            "DescribeReservedCapacity*",
            "PurchaseReservedCapacityOfferings",
        ],
    ),
    (
        "ec2",
        &[
            "Describe*",
            "GetEbsDefaultKmsKeyId",
            "GetEbsEncryptionByDefault",
            "EnableEbsEncryptionByDefault",
            "DisableEbsEncryptionByDefault",
            "ModifyEbsDefaultKmsKeyId",
            "ResetEbsDefaultKmsKeyId",
            "CreateDefaultVpc",
            "CreateDefaultSubnet",
            "GetSerialConsoleAccessStatus",
            "GetInstanceTypesFromInstanceRequirements",
        ],
    ),
    ("ec2messages", &["*"]),
    (
        "ecr",
        &[
            "GetAuthorizationToken",
            "DescribeRegistry",
            "GetRegistryPolicy",
            "PutRegistryPolicy",
            "DeleteRegistryPolicy",
            "PutReplicationConfiguration",
            "DescribePullThroughCacheRules",
            "GetRegistryScanningConfiguration",
            "PutRegistryScanningConfiguration",
        ],
    ),
    (
        "ecs",
        &[
            "ListClusters",
            "ListTaskDefinitions",
            "ListTaskDefinitionFamilies",
            "ListAccountSettings",
            "PutAccountSettingDefault",
            "RegisterTaskDefinition",
            "DeregisterTaskDefinition",
            "DescribeTaskDefinition",
            "CreateCluster",
            "DiscoverPollEndpoint",
            "ListServicesByNamespace",
        ],
    ),
    (
        "elasticache",
        &[
            "DescribeCacheEngineVersions",
            "DescribeEngineDefaultParameters",
            "DescribeEvents",
            "DescribeReservedCacheNodesOfferings",
            "DescribeServiceUpdates",
        ],
    ),
    ("elasticloadbalancing", &["Describe*"]),
    (
        "events",
        &[
            "ListEventBuses",
            "ListRules",
            "ListArchives",
            "ListReplays",
            "ListConnections",
            "ListApiDestinations",
            "ListEndpoints",
            "ListPartnerEventSources",
            "ListRuleNamesByTarget",
            "PutPermission",
            "RemovePermission",
            "TestEventPattern",
        ],
    ),
    (
        "guardduty",
        &[
            "ListDetectors",
            "CreateDetector",
            "AcceptInvitation",
            "DeclineInvitations",
            "DeleteInvitations",
            "DisableOrganizationAdminAccount",
            "EnableOrganizationAdminAccount",
            "GetInvitationsCount",
            "ListInvitations",
            "ListOrganizationAdminAccounts",
            "DescribeMalwareScans",
        ],
    ),
    (
        "iam",
        &[
            "ListRoles",
            "ListUsers",
            "ListGroups",
            "ListPolicies",
            "ListAccountAliases",
            "CreateAccountAlias",
            "DeleteAccountAlias",
            "GetAccountSummary",
            "GetAccountPasswordPolicy",
            "UpdateAccountPasswordPolicy",
            "DeleteAccountPasswordPolicy",
            "GetAccountAuthorizationDetails",
            "GetAccountEmailAddress",
            "GetAccountName",
            "GenerateCredentialReport",
            "GetCredentialReport",
            "ListOpenIDConnectProviders",
            "ListSAMLProviders",
            "ListServerCertificates",
            "ListVirtualMFADevices",
            "ListInstanceProfiles",
            "GetContextKeysForCustomPolicy",
            "SimulateCustomPolicy",
            "SetSecurityTokenServicePreferences",
            "GetServiceLastAccessedDetails",
            "GetServiceLastAccessedDetailsWithEntities",
            "GetOrganizationsAccessReport",
            "ListPoliciesGrantingServiceAccess",
            "ListSTSRegionalEndpointsStatus",
            "GetCloudFrontPublicKey",
            "ListCloudFrontPublicKeys",
            "UploadCloudFrontPublicKey",
            "DeleteCloudFrontPublicKey",
            "UpdateCloudFrontPublicKey",
        ],
    ),
    (
        "kms",
        &[
            "CreateKey",
            "ListKeys",
            "ListAliases",
            "GenerateRandom",
            "ListRetirableGrants",
            "CreateCustomKeyStore",
            "DescribeCustomKeyStores",
            "ConnectCustomKeyStore",
            "DisconnectCustomKeyStore",
            "DeleteCustomKeyStore",
            "UpdateCustomKeyStore",
        ],
    ),
    (
        "lambda",
        &[
            "ListFunctions",
            "ListLayers",
            "ListLayerVersions",
            "ListEventSourceMappings",
            "ListCodeSigningConfigs",
            "CreateCodeSigningConfig",
            "CreateEventSourceMapping",
            "GetAccountSettings",
        ],
    ),
    (
        "logs",
        &[
            "DescribeDestinations",
            "DescribeExportTasks",
            "DescribeQueries",
            "DescribeQueryDefinitions",
            "DescribeResourcePolicies",
            "PutResourcePolicy",
            "DeleteResourcePolicy",
            "DeleteQueryDefinition",
            "PutQueryDefinition",
            "GetLogDelivery",
            "ListLogDeliveries",
            "CreateLogDelivery",
            "UpdateLogDelivery",
            "DeleteLogDelivery",
            "GetLogRecord",
            "GetQueryResults",
            "StopQuery",
            "TestMetricFilter",
            "Link",
            "StopLiveTail",
            "DescribeAccountPolicies",
            "PutAccountPolicy",
            "DeleteAccountPolicy",
        ],
    ),
    (
        "rds",
        &[
            "DescribeAccountAttributes",
            "DescribeCertificates",
            "DescribeDBEngineVersions",
            "DescribeEngineDefaultClusterParameters",
            "DescribeEngineDefaultParameters",
            "DescribeEventCategories",
            "DescribeEvents",
            "DescribeExportTasks",
            "DescribeOrderableDBInstanceOptions",
            "DescribeReservedDBInstancesOfferings",
            "DescribeSourceRegions",
            "DescribeRecommendations",
            "ModifyRecommendation",
            "StartExportTask",
            "CancelExportTask",
            "ModifyCertificates",
        ],
    ),
    (
        "route53",
        &[
            "ListHostedZones",
            "ListHostedZonesByName",
            "GetHostedZoneCount",
            "CreateHostedZone",
            "ListHealthChecks",
            "GetHealthCheckCount",
            "CreateHealthCheck",
            "GetCheckerIpRanges",
            "GetGeoLocation",
            "ListGeoLocations",
            "ListTrafficPolicies",
            "ListReusableDelegationSets",
            "CreateReusableDelegationSet",
            "GetTrafficPolicyInstanceCount",
            "TestDNSAnswer",
            "ListCidrCollections",
            "ListQueryLoggingConfigs",
            "CreateTrafficPolicy",
            "GetAccountLimit",
        ],
    ),
    (
        "s3",
        &[
            "ListAllMyBuckets",
            "ListAccessPoints",
            "ListAccessPointsForObjectLambda",
            "ListJobs",
            "CreateJob",
            "ListMultiRegionAccessPoints",
            "ListStorageLensConfigurations",
            "ListStorageLensGroups",
            "GetAccountPublicAccessBlock",
            "PutAccountPublicAccessBlock",
            "PutAccessPointPublicAccessBlock",
            "ListAccessGrantsInstances",
            "PutStorageLensConfiguration",
            "ListDirectoryBuckets",
        ],
    ),
    (
        "secretsmanager",
        &["ListSecrets", "GetRandomPassword", "BatchGetSecretValue"],
    ),
    (
        "sns",
        &[
            "ListTopics",
            "ListSubscriptions",
            "ListPlatformApplications",
            "CreatePlatformApplication",
            "CheckIfPhoneNumberIsOptedOut",
            "ListPhoneNumbersOptedOut",
            "OptInPhoneNumber",
            "GetSMSAttributes",
            "SetSMSAttributes",
            "ListOriginationNumbers",
            "ListSMSSandboxPhoneNumbers",
            "GetSMSSandboxAccountStatus",
            "CreateSMSSandboxPhoneNumber",
            "DeleteSMSSandboxPhoneNumber",
            "VerifySMSSandboxPhoneNumber",
            "GetDataProtectionPolicy",
        ],
    ),
    ("sqs", &["ListQueues"]),
    (
        "ssm",
        &[
            "DescribeParameters",
            "DescribeInstanceInformation",
            "DescribeSessions",
            "DescribeAvailablePatches",
            "DescribePatchBaselines",
            "DescribeMaintenanceWindows",
            "DescribeMaintenanceWindowSchedule",
            "DescribeActivations",
            "DescribeAutomationExecutions",
            "DescribeInventoryDeletions",
            "DescribeOpsItems",
            "DescribePatchGroups",
            "DescribePatchProperties",
            "GetConnectionStatus",
            "GetInventory",
            "GetInventorySchema",
            "GetOpsSummary",
            "GetDeployablePatchSnapshotForInstance",
            "ListAssociations",
            "ListCommandInvocations",
            "ListCommands",
            "ListComplianceItems",
            "ListComplianceSummaries",
            "ListDocuments",
            "ListInventoryEntries",
            "ListOpsItemEvents",
            "ListResourceComplianceSummaries",
            "ListResourceDataSync",
            "CancelCommand",
            "CreateActivation",
            "CreateMaintenanceWindow",
            "CreatePatchBaseline",
            "DeleteActivation",
            "DeleteInventory",
            "PutConfigurePackageResult",
        ],
    ),
    ("ssmmessages", &["*"]),
    (
        "sts",
        &[
            "GetCallerIdentity",
            "GetSessionToken",
            "GetAccessKeyInfo",
            "DecodeAuthorizationMessage",
            "GetServiceBearerToken",
        ],
    ),
    (
        "xray",
        &[
            "PutTraceSegments",
            "PutTelemetryRecords",
            "GetSamplingRules",
            "GetSamplingTargets",
            "GetSamplingStatisticSummaries",
            "BatchGetTraces",
            "GetTraceSummaries",
            "GetServiceGraph",
            "GetTraceGraph",
            "GetTimeSeriesServiceStatistics",
            "GetEncryptionConfig",
            "PutEncryptionConfig",
            "GetInsightSummaries",
            "GetInsight",
            "GetInsightEvents",
            "GetInsightImpactGraph",
            "GetIndexingRules",
            "UpdateIndexingRule",
            "GetTraceSegmentDestination",
            "UpdateTraceSegmentDestination",
            "ListRetrievedTraces",
            "StartTraceRetrieval",
            "CancelTraceRetrieval",
            "GetRetrievedTracesGraph",
            "ListResourcePolicies",
            "PutResourcePolicy",
            "DeleteResourcePolicy",
        ],
    ),
];

/// Whether an action pattern (`service:Action`, wildcards allowed) grants some action that can be
/// scoped to resources: Some(true/false), or None for a specific action of a service outside
/// the table.
pub fn restrictable(pattern: &str) -> Option<bool> {
    if pattern == "*" {
        return Some(true);
    }
    let (service, action) = pattern.split_once(':')?;
    let listed = WILDCARD_ONLY
        .iter()
        .find(|(s, _)| s.eq_ignore_ascii_case(service));
    match listed {
        Some((_, only)) => {
            // An entry covers the pattern when it matches the pattern's text (its `*` as a
            // literal): `Describe*` covers `DescribeInstances` and `Describe*`.
            let covered = only
                .iter()
                .any(|o| crate::rules::policy_doc::action_matches(o, action));
            Some(!covered)
        }
        None if action == "*" => Some(true),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcard_only_actions_and_patterns() {
        assert_eq!(restrictable("s3:GetObject"), Some(true));
        assert_eq!(restrictable("s3:ListAllMyBuckets"), Some(false));
        assert_eq!(restrictable("ec2:DescribeInstances"), Some(false));
        assert_eq!(restrictable("ec2:Describe*"), Some(false));
        assert_eq!(restrictable("ec2:*"), Some(true));
        assert_eq!(restrictable("elasticache:*"), Some(true));
        assert_eq!(
            restrictable("ssmmessages:CreateControlChannel"),
            Some(false)
        );
        assert_eq!(restrictable("XRAY:PutTraceSegments"), Some(false));
        assert_eq!(restrictable("*"), Some(true));
        assert_eq!(restrictable("mediaconvert:*"), Some(true));
        assert_eq!(restrictable("mediaconvert:ListQueues"), None);
        // Every table entry names a service once.
        let mut names: Vec<_> = WILDCARD_ONLY.iter().map(|(s, _)| *s).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), WILDCARD_ONLY.len());
    }
}
