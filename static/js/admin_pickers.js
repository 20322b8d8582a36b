"use strict";
// The deal form's company and asset pickers (deals/pickers.py): what the analyst types is
// offered as a new entry, labelled as one, after the existing matches, so Enter takes an
// existing company when there is one and creates the typed one only when there is not.
{
    const $ = django.jQuery;
    const plain = $.fn.djangoAdminSelect2;

    $.fn.djangoAdminSelect2 = function () {
        plain.call(this.not("[data-tags]"));
        $.each(this.filter("[data-tags]"), function (i, element) {
            $(element).select2({
                tags: true,
                ajax: {
                    data: (params) => ({
                        term: params.term,
                        page: params.page,
                        app_label: element.dataset.appLabel,
                        model_name: element.dataset.modelName,
                        field_name: element.dataset.fieldName,
                    }),
                },
                createTag: (params) => {
                    const term = $.trim(params.term);
                    return term ? {id: term, text: term, isNew: true} : null;
                },
                insertTag: (data, tag) => data.push(tag),
                // Select2 escapes a string returned here: a typed name is never markup.
                templateResult: (item) => item.isNew ? `New: “${item.text}” (created on save)` : item.text,
            });
        });
        // A new name has no page yet: its "view" link (set by RelatedObjectLookups.js on the
        // same change, after this handler) would lead nowhere.
        this.filter("[data-tags]").on("select2:select", function (event) {
            if (!event.params.data.isNew) {
                return;
            }
            const view = $(this).closest(".related-widget-wrapper").find(".view-related");
            setTimeout(() => view.removeAttr("href"), 0);
        });
        return this;
    };
}
