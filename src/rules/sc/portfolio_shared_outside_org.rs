use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_servicecatalog_portfolio_share` shares the portfolio through AWS Organizations:
    /// `type` is `ORGANIZATION` or `ORGANIZATIONAL_UNIT` (`ORGANIZATION_MEMBER_ACCOUNT` names
    /// one member account of the organization and passes too), not `ACCOUNT` (a share to any
    /// account by ID). `type` is required; a value known only at apply gives Unknown.
    ///
    /// ## Why it matters
    /// An `ACCOUNT` share reaches any AWS account, inside the organization or not, and is not
    /// withdrawn when the account leaves it: products, their templates and launch roles can
    /// be used from outside.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_servicecatalog_portfolio_share" "partner" {
    ///   portfolio_id = aws_servicecatalog_portfolio.base.id
    ///   principal_id = "111122223333"
    ///   type         = "ACCOUNT"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_servicecatalog_portfolio_share" "org" {
    ///   portfolio_id = aws_servicecatalog_portfolio.base.id
    ///   principal_id = aws_organizations_organization.org.arn
    ///   type         = "ORGANIZATION"
    /// }
    /// ```
    pub struct PortfolioSharedOutsideOrg {
        id: "AWS-SC-001",
        slug: "servicecatalog-portfolio-shared-outside-organization",
        service: "servicecatalog",
        category: "access-control",
        severity: High,
        title: "Service Catalog portfolio shared with an account outside AWS Organizations sharing",
        types: ["aws_servicecatalog_portfolio_share"],
        default_enabled: true,
        covers: [Fsbp "ServiceCatalog.1"],
        check: Spec::all(&[attr("type", OneOf(&["ORGANIZATION", "ORGANIZATIONAL_UNIT", "ORGANIZATION_MEMBER_ACCOUNT"]))
            .risk("the portfolio is shared with an account by ID, possibly outside the organization")]),
    }
}
