pub mod bucket_not_logged;
pub mod bucket_public;
pub mod event_data_store_not_cmk;
pub mod logging_off;
pub mod no_cloudtrail;
pub mod no_cloudwatch_logs;
pub mod no_sns_topic;
pub mod not_kms_encrypted;
pub mod not_multi_region;
pub mod validation_off;

use crate::model::{ResId, Resource};
use crate::rules::{Cx, Status};

/// The `aws_s3_bucket` of the plan a trail delivers to (`s3_bucket_name`, by reference or by
/// known name), or the verdict when it is not in the plan or cannot be followed.
pub fn trail_bucket(cx: &Cx, trail: &Resource) -> Result<ResId, (Status, String)> {
    let t = cx.targets(trail, "s3_bucket_name");
    if let Some(&id) = t
        .ids
        .iter()
        .find(|&&i| cx.stack.resources[i].rtype == "aws_s3_bucket")
    {
        return Ok(id);
    }
    if let Some(why) = t.unresolved {
        return Err((
            Status::Unknown,
            format!("the trail's bucket cannot be followed: {why}"),
        ));
    }
    match t.external.first() {
        Some(name) => Err((
            Status::Unknown,
            format!(
                "the trail's bucket {name:?} is not in this plan: judge it where it is managed"
            ),
        )),
        None => Err((
            Status::Unknown,
            "the trail's bucket is not an aws_s3_bucket of this plan".to_string(),
        )),
    }
}
