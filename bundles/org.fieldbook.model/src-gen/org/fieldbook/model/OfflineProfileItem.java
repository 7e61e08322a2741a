/**
 */
package org.fieldbook.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offline Profile Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.OfflineProfileItem#getTableName <em>Table Name</em>}</li>
 *   <li>{@link org.fieldbook.model.OfflineProfileItem#getDownloadFilter <em>Download Filter</em>}</li>
 *   <li>{@link org.fieldbook.model.OfflineProfileItem#getCustomFilter <em>Custom Filter</em>}</li>
 *   <li>{@link org.fieldbook.model.OfflineProfileItem#isRecordsOwnedByMe <em>Records Owned By Me</em>}</li>
 *   <li>{@link org.fieldbook.model.OfflineProfileItem#isRecordsOwnedByMyTeam <em>Records Owned By My Team</em>}</li>
 *   <li>{@link org.fieldbook.model.OfflineProfileItem#isRecordsOwnedByMyBusinessUnit <em>Records Owned By My Business Unit</em>}</li>
 *   <li>{@link org.fieldbook.model.OfflineProfileItem#getSyncIntervalMinutes <em>Sync Interval Minutes</em>}</li>
 *   <li>{@link org.fieldbook.model.OfflineProfileItem#getRelationships <em>Relationships</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfileItem()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='syncIntervalInRange customFilterPresent'"
 *        annotation="http://www.fieldbook.org/dataverse logicalName='mobileofflineprofileitem' entitySet='mobileofflineprofileitems'"
 * @generated
 */
public interface OfflineProfileItem extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Table Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The logical name of the table, e.g. msdyn_workorder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Table Name</em>' attribute.
	 * @see #setTableName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfileItem_TableName()
	 * @model annotation="http://www.fieldbook.org/dataverse column='selectedentitytypecode'"
	 * @generated
	 */
	String getTableName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.OfflineProfileItem#getTableName <em>Table Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table Name</em>' attribute.
	 * @see #getTableName()
	 * @generated
	 */
	void setTableName(String value);

	/**
	 * Returns the value of the '<em><b>Download Filter</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbook.model.DownloadFilter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Download Filter</em>' attribute.
	 * @see org.fieldbook.model.DownloadFilter
	 * @see #setDownloadFilter(DownloadFilter)
	 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfileItem_DownloadFilter()
	 * @model annotation="http://www.fieldbook.org/dataverse column='recorddistributioncriteria'"
	 * @generated
	 */
	DownloadFilter getDownloadFilter();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.OfflineProfileItem#getDownloadFilter <em>Download Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Download Filter</em>' attribute.
	 * @see org.fieldbook.model.DownloadFilter
	 * @see #getDownloadFilter()
	 * @generated
	 */
	void setDownloadFilter(DownloadFilter value);

	/**
	 * Returns the value of the '<em><b>Custom Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An OData $filter (relative dates allowed), for the custom data filter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Custom Filter</em>' attribute.
	 * @see #setCustomFilter(String)
	 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfileItem_CustomFilter()
	 * @model annotation="http://www.fieldbook.org/dataverse column='profileitementityfilter' maxLength='4000'"
	 * @generated
	 */
	String getCustomFilter();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.OfflineProfileItem#getCustomFilter <em>Custom Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Custom Filter</em>' attribute.
	 * @see #getCustomFilter()
	 * @generated
	 */
	void setCustomFilter(String value);

	/**
	 * Returns the value of the '<em><b>Records Owned By Me</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other data filter: rows the user owns.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Records Owned By Me</em>' attribute.
	 * @see #setRecordsOwnedByMe(boolean)
	 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfileItem_RecordsOwnedByMe()
	 * @model annotation="http://www.fieldbook.org/dataverse column='recordsownedbyme'"
	 * @generated
	 */
	boolean isRecordsOwnedByMe();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.OfflineProfileItem#isRecordsOwnedByMe <em>Records Owned By Me</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Records Owned By Me</em>' attribute.
	 * @see #isRecordsOwnedByMe()
	 * @generated
	 */
	void setRecordsOwnedByMe(boolean value);

	/**
	 * Returns the value of the '<em><b>Records Owned By My Team</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other data filter: rows the user's teams own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Records Owned By My Team</em>' attribute.
	 * @see #setRecordsOwnedByMyTeam(boolean)
	 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfileItem_RecordsOwnedByMyTeam()
	 * @model annotation="http://www.fieldbook.org/dataverse column='recordsownedbymyteam'"
	 * @generated
	 */
	boolean isRecordsOwnedByMyTeam();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.OfflineProfileItem#isRecordsOwnedByMyTeam <em>Records Owned By My Team</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Records Owned By My Team</em>' attribute.
	 * @see #isRecordsOwnedByMyTeam()
	 * @generated
	 */
	void setRecordsOwnedByMyTeam(boolean value);

	/**
	 * Returns the value of the '<em><b>Records Owned By My Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other data filter: rows owned within the user's business unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Records Owned By My Business Unit</em>' attribute.
	 * @see #setRecordsOwnedByMyBusinessUnit(boolean)
	 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfileItem_RecordsOwnedByMyBusinessUnit()
	 * @model annotation="http://www.fieldbook.org/dataverse column='recordsownedbymybusinessunit'"
	 * @generated
	 */
	boolean isRecordsOwnedByMyBusinessUnit();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.OfflineProfileItem#isRecordsOwnedByMyBusinessUnit <em>Records Owned By My Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Records Owned By My Business Unit</em>' attribute.
	 * @see #isRecordsOwnedByMyBusinessUnit()
	 * @generated
	 */
	void setRecordsOwnedByMyBusinessUnit(boolean value);

	/**
	 * Returns the value of the '<em><b>Sync Interval Minutes</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * From 5 to 1440; anything rarer than hourly still syncs hourly.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sync Interval Minutes</em>' attribute.
	 * @see #setSyncIntervalMinutes(int)
	 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfileItem_SyncIntervalMinutes()
	 * @model default="60"
	 *        annotation="http://www.fieldbook.org/dataverse column='syncintervalinminutes'"
	 * @generated
	 */
	int getSyncIntervalMinutes();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.OfflineProfileItem#getSyncIntervalMinutes <em>Sync Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sync Interval Minutes</em>' attribute.
	 * @see #getSyncIntervalMinutes()
	 * @generated
	 */
	void setSyncIntervalMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Relationships</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbook.model.OfflineProfileRelationship}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationships</em>' containment reference list.
	 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfileItem_Relationships()
	 * @model containment="true"
	 * @generated
	 */
	EList<OfflineProfileRelationship> getRelationships();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interval the scheduler uses: at least 5 minutes, and never rarer than hourly.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	int effectiveSyncIntervalMinutes();

} // OfflineProfileItem
